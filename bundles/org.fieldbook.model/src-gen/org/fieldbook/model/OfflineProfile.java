/**
 */
package org.fieldbook.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offline Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a device downloads: a set of tables, each with a filter and a sync interval.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.OfflineProfile#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfile#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfile#isPublished <em>Published</em>}</li>
 *   <li>{@link org.fieldbook.model.OfflineProfile#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfile()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='mobileofflineprofile' entitySet='mobileofflineprofiles'"
 * @generated
 */
public interface OfflineProfile extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfile_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfile_Description()
	 * @model annotation="http://www.fieldbook.org/dataverse column='description' maxLength='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfile#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only a published profile is sent to devices; a draft is being edited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfile_Published()
	 * @model annotation="http://www.fieldbook.org/dataverse column='published'"
	 * @generated
	 */
	boolean isPublished();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.OfflineProfile#isPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #isPublished()
	 * @generated
	 */
	void setPublished(boolean value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbook.model.OfflineProfileItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.fieldbook.model.FieldbookPackage#getOfflineProfile_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<OfflineProfileItem> getItems();

} // OfflineProfile
