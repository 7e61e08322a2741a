/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Incident Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.IncidentType#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.IncidentType#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbook.model.IncidentType#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.IncidentType#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getIncidentType()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_incidenttype' entitySet='msdyn_incidenttypes'"
 * @generated
 */
public interface IncidentType extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getIncidentType_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_name' maxLength='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.IncidentType#getName <em>Name</em>}' attribute.
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
	 * @see org.fieldbook.model.FieldbookPackage#getIncidentType_Description()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_description' maxLength='4000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.IncidentType#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid or teamid of the row's owner (Dataverse's ownerid), set with ownerid@odata.bind; the creator by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #setOwnerId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getIncidentType_OwnerId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_ownerid_value' maxLength='36'"
	 * @generated
	 */
	String getOwnerId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.IncidentType#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Id</em>' attribute.
	 * @see #getOwnerId()
	 * @generated
	 */
	void setOwnerId(String value);

	/**
	 * Returns the value of the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit of the row's owner, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #setOwningBusinessUnit(String)
	 * @see org.fieldbook.model.FieldbookPackage#getIncidentType_OwningBusinessUnit()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_owningbusinessunit_value' maxLength='36'"
	 * @generated
	 */
	String getOwningBusinessUnit();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.IncidentType#getOwningBusinessUnit <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #getOwningBusinessUnit()
	 * @generated
	 */
	void setOwningBusinessUnit(String value);

} // IncidentType
