/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Product#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Product#getProductNumber <em>Product Number</em>}</li>
 *   <li>{@link org.fieldbook.model.Product#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getProduct()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='product' entitySet='products'"
 * @generated
 */
public interface Product extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getProduct_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name' maxLength='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Product#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Product Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Number</em>' attribute.
	 * @see #setProductNumber(String)
	 * @see org.fieldbook.model.FieldbookPackage#getProduct_ProductNumber()
	 * @model annotation="http://www.fieldbook.org/dataverse column='productnumber' maxLength='100'"
	 * @generated
	 */
	String getProductNumber();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Product#getProductNumber <em>Product Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Number</em>' attribute.
	 * @see #getProductNumber()
	 * @generated
	 */
	void setProductNumber(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fieldbook.model.FieldbookPackage#getProduct_Description()
	 * @model annotation="http://www.fieldbook.org/dataverse column='description' maxLength='2000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Product#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Product
